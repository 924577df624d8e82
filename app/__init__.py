"""Kiem's desktop application (Qt) and its `kiem` command line."""
