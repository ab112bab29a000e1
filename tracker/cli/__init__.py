"""``points-tracker-cli``: the same core as the window, for scripting and for checks.

One module per command group, each with ``add_parsers(commands)`` and a ``COMMANDS`` table:

- :mod:`~tracker.cli.report`: ``status``, ``plan``, ``rulesets``
- :mod:`~tracker.cli.check`: ``check`` (against what AliExpress shows)
- :mod:`~tracker.cli.records`: ``add``, ``export``, ``settings``
- :mod:`~tracker.cli.imports`: ``import``, ``imports``, ``undo-import``
- :mod:`~tracker.cli.backup`: ``backup``, ``restore``, ``backups``, ``restore-latest``
- :mod:`~tracker.cli.chart`: ``chart``

:func:`tracker.cli.main.main` builds the parser and runs a command (``python -m tracker.cli``);
:mod:`~tracker.cli.errors` holds the exit statuses and the one exception a command raises for bad
input; :mod:`~tracker.cli.database` opens the file a command works on. Nothing here imports Qt;
a command imports the store, the importer or matplotlib only when it runs, so ``status --json``
starts fast.
"""
