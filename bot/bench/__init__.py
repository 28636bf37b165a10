"""Benchmarks: how fast the core answers on the shipped and on synthetic large catalogues."""
