"""The desktop face: widgets that ask and show, one folder per screen; services do the work."""
