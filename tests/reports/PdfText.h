#pragma once

// Reading printed PDFs back the way a person copying text out of them would: through poppler's
// pdftotext (poppler-utils), so the tests check the PDF's text layer, not our own idea of it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <ostream>

// Readable QString values in gtest failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList& l, std::ostream* os) {
    *os << '[' << l.join(QStringLiteral(" | ")).toStdString() << ']';
}

namespace houqin::test {

inline QString runTool(const QString& tool, const QStringList& args) {
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(tool, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the whole PDF, or of page `page` (1-based) only.
inline QString pdfText(const QString& path, int page = 0) {
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

// pdfinfo's "Key: value" line, e.g. pdfInfo(path, "Pages") or "Page size".
inline QString pdfInfo(const QString& path, const QString& key) {
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

// pdfinfo's "Page size" of A4 pages.
inline const QString kA4Portrait = QStringLiteral("595 x 842 pts (A4)");
inline const QString kA4Landscape = QStringLiteral("842 x 595 pts (A4)");

// With HOUQIN_TEST_PDF_DIR set, keeps a copy of a printed PDF there, to look at what the tests printed
// (pdftoppm -png -r 60 FILE.pdf page).
inline void keepPdf(const QString& path) {
    const QString dir = qEnvironmentVariable("HOUQIN_TEST_PDF_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

inline QByteArray fileStart(const QString& path, int n) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace houqin::test
