"""What both front ends say: the status and plan for a date, reminders, the words of a rule set.

Built on the rules and the store; no Qt, no matplotlib.
"""
