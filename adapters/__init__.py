"""The doors: console, Slack and Teams. Each only translates between its platform and the core."""
