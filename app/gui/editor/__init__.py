"""The module editor: outline of pages, the page with its blocks, and the live preview beside."""
