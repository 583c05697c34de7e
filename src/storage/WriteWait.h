#pragma once

#include <QtGlobal>

namespace houqin {

// What a connection does while another one (an import in another process, Houqin on another PC) holds the
// file's write lock when its outermost transaction begins (Transaction::begin, BEGIN IMMEDIATE).
//
// Without one (the CLI, worker threads), SQLite's busy timeout blocks the thread for up to a minute
// (storage/BusyTimeout.h). With one installed (Database::setWriteWait), BEGIN IMMEDIATE waits in short
// slices (kSliceMs) and between them asks keepWaiting, which may keep a window responsive, show that it is
// waiting and let the person give up. No statement of the connection is running while it is asked, so it
// may run an event loop; a transaction begun from inside it is not waited for (it fails at once as busy).
class WriteWait {
public:
    // How long SQLite itself waits for the lock before each question.
    static constexpr int kSliceMs = 50;

    virtual ~WriteWait() = default;
    // The lock is still held after `waitedMs` milliseconds: return whether to try again.
    virtual bool keepWaiting(qint64 waitedMs) = 0;
    // The wait is over: the transaction began, or keepWaiting gave up (it then fails as busy). Called only
    // after at least one keepWaiting.
    virtual void finished() {}
};

} // namespace houqin
