"""The local web hub: the course map, progress, and the lessons served as marimo apps."""
