"""SpaceOptics Desk: the privacy back office of Space Optics, Maurik."""

__version__ = "0.1.0"
APP_NAME = "SpaceOptics Desk"
APP_ID = "spaceoptics-desk"
