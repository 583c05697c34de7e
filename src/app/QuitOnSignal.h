#pragma once

class QObject;

namespace houqin::app {

// SIGTERM, SIGINT and SIGHUP (a session logging out, `kill`, Ctrl+C in the terminal that started it)
// quit the window's event loops as File → Quit would, so the database is closed cleanly: its -wal folded
// in, and the next start can skip the quick check (storage/CheckMemo.h) instead of reading ten years of
// records again. The handler only writes a byte to a socket (the pattern of Qt's "Calling Qt Functions
// From Unix Signal Handlers"); the application reads it in its event loop. Unsaved form edits are lost, as
// when the process is killed. For the GUI only: a CLI command keeps the default (its transaction rolls
// back, tests/reliability).
void quitOnSignals(QObject* parent);

} // namespace houqin::app
