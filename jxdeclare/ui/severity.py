"""How findings of each severity look wherever the UI lists them."""

COLOURS = {"error": "#b00020", "warning": "#9c5700", "info": "#555555"}
