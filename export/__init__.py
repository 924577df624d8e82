"""Exporters: a module snapshot in, SCORM 1.2, SCORM 2004, HTML or PDF out."""
