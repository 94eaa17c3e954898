"""Exchange: P3KE import, provincial export and demo files. Plain functions, no Qt, no SQL."""
