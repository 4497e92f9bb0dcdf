"""The content and how it is searched: packs as data files, their loader and the matcher."""
