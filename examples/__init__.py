"""Example stacks that ``make synth`` synthesizes (see ``examples/app.py``)."""
