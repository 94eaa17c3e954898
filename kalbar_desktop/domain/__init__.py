"""Domain: pure Python rules of P3KE verification. No Qt, no SQL, no file formats."""
