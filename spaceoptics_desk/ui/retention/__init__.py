"""The retention screens (issue 6): the background check, the weekly review and the rules."""
