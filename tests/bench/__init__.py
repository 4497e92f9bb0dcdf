"""Tests of the benches' shared helpers (nothing here is timed)."""
