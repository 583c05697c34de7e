#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real houqin executable from outside, as a person or a script would: English messages, no
// display, its log and per-PC settings in a folder of the caller's choosing (so thousands of runs leave
// the user's own log alone).
namespace houqin::reliability {

struct RunResult {
    int exitCode = -1;
    bool crashed = false; // ended by a signal (our SIGKILL, or a crash of its own)
    QString out, err;
};

class HouqinProcess {
public:
    // binary: the houqin executable; home: a writable folder for its log and settings.
    HouqinProcess(QString binary, QString home);

    // Sets up (without starting) a process that runs `houqin --db DB --lang en ARGS...`.
    void prepare(QProcess& p, const QString& db, const QStringList& args) const;
    // Runs it to the end (at most timeoutMs).
    RunResult run(const QString& db, const QStringList& args, int timeoutMs = 120000) const;
    // Whether this houqin knows COMMAND (`houqin COMMAND --help` exits 0), so scenarios of commands
    // another branch adds are skipped, not failed, on a binary without them.
    bool hasCommand(const QString& command) const;

    const QString& binary() const { return m_binary; }

private:
    QString m_binary;
    QString m_home;
};

RunResult collect(QProcess& p);

// The message SQLite's SQLITE_BUSY/SQLITE_LOCKED becomes (storage/SqliteErrors.cpp), in English, or
// SQLite's own words should they ever leak.
bool mentionsBusy(const QString& text);

} // namespace houqin::reliability
