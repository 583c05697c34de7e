#pragma once

#include <QString>

// Remembers, on this PC, that a database file was left sound, so that the next open can skip its
// quick_check (DatabaseFile.h; about 0.8 s on ten years of data, which would triple the start-up). A file
// is "left sound" when this PC's Houqin closed it cleanly after opening it checked (or known sound): its
// writes were its own, in transactions. The stamp is the file's size and modification time in
// nanoseconds, kept in QSettings keyed by its absolute path; a file changed since (copied over, edited by
// another program or PC, cut short, a page overwritten) has another stamp and is checked again, and so is
// a file with a -wal holding frames beside it (a crash, or another program still at work in it); an empty
// -wal, which a program that only read the file leaves, changes nothing. Damage that changes
// neither size nor time (a failing disk) is found by the daily backup, whose integrity_check reads every
// page (Backups.h).
namespace houqin::checkmemo {

// Whether the file is exactly as this PC last left it sound.
bool knownSound(const QString& path);
// Records the file's present stamp as sound (after a clean close); nothing when a -wal remains beside it.
// The settings file is written only when the stamp changed.
void rememberSound(const QString& path);
// Forgets the file (it failed its check).
void forget(const QString& path);

} // namespace houqin::checkmemo
