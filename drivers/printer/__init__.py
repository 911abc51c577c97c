"""Receipt printers: ESC/POS over TCP, serial, USB or a device file, with Chinese text.

* :mod:`drivers.printer.escpos` - ESC/POS commands as pure functions, status decoding,
  a tokenizer; :mod:`drivers.printer.gb18030` - text normalisation, GB18030 encoding per
  printer font, line wrapping; :mod:`drivers.printer.profiles` - printer models;
  :mod:`drivers.printer.document` - receipt layout, native or raster compilation;
  :mod:`drivers.printer.templates` - the kiosk's receipts as job bytes.
* :mod:`drivers.printer.driver` - ``EscPosPrinter``, the ``printer/escpos`` device;
  :mod:`drivers.printer.transport` - connections (python-escpos 3.1 for transport only);
  :mod:`drivers.printer.errors` - printer faults (exception tree in its docstring).
* :mod:`drivers.printer.emulator` - a printer model on TCP 9100 or a pty that renders
  receipts to PNG; ``python -m drivers.printer.emulator``.
* Technician check: ``python -m drivers.printer --url URL status|test-page``.
* ``python -m drivers.printer.render`` re-renders ``docs/receipts/``.
"""
