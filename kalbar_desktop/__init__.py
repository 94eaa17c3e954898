"""Kalbar Desktop: verifikasi data P3KE secara luring untuk Dinas Sosial kabupaten/kota."""

__version__ = "0.1.0"
APP_NAME = "Kalbar Desktop"
