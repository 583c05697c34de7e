#pragma once

#include "HouqinProcess.h"
#include "SampleCsv.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <memory>
#include <random>

namespace houqin::reliability {

// One writer: `houqin import food-samples` runs one after another, each of a random number of rows with
// its own marker, until the deadline. Driven by the event loop, so that the test's own process can write
// (through the GUI, or a second loop) at the same time.
class ImportLoop : public QObject {
    Q_OBJECT
public:
    struct Run {
        QString marker;
        int rows = 0;
        RunResult result;
    };

    ImportLoop(const HouqinProcess& houqin, QString db, QString dir, QString name, SampleRows rows,
               int maxRows, QDeadlineTimer deadline, quint64 seed);
    void start();
    bool done() const { return m_done; }
    const QList<Run>& runs() const { return m_runs; }
    // Runs that exited 0 (acknowledged), their rows, and those whose error mentions a busy database.
    int acknowledged() const;
    qint64 acknowledgedRows() const;
    int busyErrors() const;
    // Each failed run's exit code and message.
    QStringList failures() const;

Q_SIGNALS:
    void finished();

private:
    void next();

    const HouqinProcess& m_houqin;
    QString m_db, m_dir, m_name;
    SampleRows m_spec;
    int m_maxRows;
    QDeadlineTimer m_deadline;
    std::mt19937_64 m_rng;
    std::unique_ptr<QProcess> m_process;
    QList<Run> m_runs;
    bool m_done = false;
};

} // namespace houqin::reliability
