"""Content model, workspace, services (the only writers), Markdown, assets and importers."""
