#include "ImportLoop.h"

#include <QDir>

namespace houqin::reliability {

ImportLoop::ImportLoop(const HouqinProcess& houqin, QString db, QString dir, QString name, SampleRows rows,
                       int maxRows, QDeadlineTimer deadline, quint64 seed)
    : m_houqin(houqin), m_db(std::move(db)), m_dir(std::move(dir)), m_name(std::move(name)),
      m_spec(std::move(rows)), m_maxRows(maxRows), m_deadline(deadline), m_rng(seed) {}

void ImportLoop::start() {
    next();
}

void ImportLoop::next() {
    if (m_deadline.hasExpired()) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    Run run;
    run.marker = QStringLiteral("%1-%2").arg(m_name).arg(m_runs.size());
    run.rows = std::uniform_int_distribution<int>(1, m_maxRows)(m_rng);
    SampleRows spec = m_spec;
    spec.marker = run.marker;
    spec.rows = run.rows;
    const QString csv = QDir(m_dir).filePath(m_name + QStringLiteral(".csv"));
    if (!writeSampleCsv(csv, spec)) {
        run.result.err = QStringLiteral("cannot write %1").arg(csv);
        m_runs << run;
        m_done = true;
        Q_EMIT finished();
        return;
    }
    m_runs << run;
    m_process = std::make_unique<QProcess>();
    m_houqin.prepare(*m_process, m_db, {QStringLiteral("import"), QStringLiteral("food-samples"), csv});
    connect(m_process.get(), &QProcess::finished, this, [this] {
        m_runs.last().result = collect(*m_process);
        m_process.release()->deleteLater();
        next();
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_runs.last().result.err = m_process->errorString();
        m_done = true;
        Q_EMIT finished();
    });
    m_process->start();
}

int ImportLoop::acknowledged() const {
    int n = 0;
    for (const Run& r : m_runs)
        n += r.result.exitCode == 0;
    return n;
}

qint64 ImportLoop::acknowledgedRows() const {
    qint64 n = 0;
    for (const Run& r : m_runs)
        if (r.result.exitCode == 0)
            n += r.rows;
    return n;
}

int ImportLoop::busyErrors() const {
    int n = 0;
    for (const Run& r : m_runs)
        n += mentionsBusy(r.result.err);
    return n;
}

QStringList ImportLoop::failures() const {
    QStringList out;
    for (const Run& r : m_runs)
        if (r.result.exitCode != 0)
            out << QStringLiteral("%1 (%2 rows): exit %3: %4")
                       .arg(r.marker)
                       .arg(r.rows)
                       .arg(r.result.exitCode)
                       .arg(r.result.err.trimmed());
    return out;
}

} // namespace houqin::reliability
