#include "HouqinProcess.h"

#include <QDir>
#include <QProcessEnvironment>

namespace houqin::reliability {

HouqinProcess::HouqinProcess(QString binary, QString home)
    : m_binary(std::move(binary)), m_home(std::move(home)) {
    QDir().mkpath(m_home);
}

void HouqinProcess::prepare(QProcess& p, const QString& db, const QStringList& args) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home + QStringLiteral("/runtime"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI chooses offscreen by itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("HOUQIN_PASSWORD"));
    QDir().mkpath(m_home + QStringLiteral("/runtime"));
    QFile::setPermissions(m_home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    p.setProcessEnvironment(env);
    p.setProgram(m_binary);
    // English messages unless the arguments ask for a language (demo data in Chinese, say).
    QStringList all{QStringLiteral("--db"), db};
    if (!args.contains(QStringLiteral("--lang")))
        all << QStringLiteral("--lang") << QStringLiteral("en");
    p.setArguments(all + args);
}

RunResult collect(QProcess& p) {
    RunResult r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

RunResult HouqinProcess::run(const QString& db, const QStringList& args, int timeoutMs) const {
    QProcess p;
    prepare(p, db, args);
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        RunResult r = collect(p);
        r.err += QStringLiteral("\n(timed out after %1 ms)").arg(timeoutMs);
        r.exitCode = -1;
        return r;
    }
    return collect(p);
}

bool HouqinProcess::hasCommand(const QString& command) const {
    QProcess p;
    prepare(p, m_home + QStringLiteral("/help.sqlite"), {command, QStringLiteral("--help")});
    p.start();
    if (!p.waitForFinished(30000))
        return false;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool mentionsBusy(const QString& text) {
    return text.contains(QStringLiteral("in use by another program")) ||
           text.contains(QStringLiteral("database is locked"), Qt::CaseInsensitive) ||
           text.contains(QStringLiteral("database is busy"), Qt::CaseInsensitive);
}

} // namespace houqin::reliability
