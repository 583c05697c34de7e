#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace houqin {

OutputFile::OutputFile(QString path) : m_path(std::move(path)), m_target(m_path) {}

OutputFile::~OutputFile() {
    cancel();
}

Error OutputFile::failure(const QString& reason) const {
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate("OutputFile", "Cannot write %1: %2").arg(m_path, reason),
                       QStringLiteral("OutputFile"));
}

Status OutputFile::open() {
    const QFileInfo info(m_path);
    if (info.isSymLink()) {
        m_target = info.symLinkTarget(); // absolute, resolved against the link's folder
        const QFileInfo target(m_target);
        if (!target.absoluteDir().exists())
            return failure(
                QCoreApplication::translate("OutputFile", "it is a link to %1, whose folder does not exist")
                    .arg(m_target));
    }
    const QFileInfo target(m_target);
    if (target.isDir())
        return failure(QCoreApplication::translate("OutputFile", "it is a folder"));
    if (target.exists() && !target.isFile()) {
        // A device, FIFO or socket: written in place. Truncate would be meaningless (and fails on some).
        m_direct = std::make_unique<QFile>(m_target);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::ExistingOnly))
            return failure(m_direct->errorString());
        return {};
    }
    m_save = std::make_unique<QSaveFile>(m_target);
    if (!m_save->open(QIODevice::WriteOnly))
        return failure(m_save->errorString());
    return {};
}

QIODevice* OutputFile::device() const {
    if (m_save)
        return m_save.get();
    return m_direct.get();
}

Status OutputFile::write(const QByteArray& bytes) {
    QIODevice* d = device();
    if (!d)
        return failure(QCoreApplication::translate("OutputFile", "it is not open"));
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = d->write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return failure(d->errorString());
        done += n;
    }
    return {};
}

Status OutputFile::commit() {
    if (m_save) {
        const bool ok = m_save->commit();
        const QString why = m_save->errorString();
        m_save.reset();
        if (!ok)
            return failure(why);
        return {};
    }
    if (m_direct) {
        const bool ok = m_direct->flush();
        const QString why = m_direct->errorString();
        m_direct->close();
        m_direct.reset();
        if (!ok)
            return failure(why);
        return {};
    }
    return failure(QCoreApplication::translate("OutputFile", "it is not open"));
}

void OutputFile::cancel() {
    if (m_save) {
        m_save->cancelWriting();
        m_save->commit(); // after cancelWriting, commit discards the temporary file
        m_save.reset();
    }
    if (m_direct) {
        m_direct->close();
        m_direct.reset();
    }
}

Status OutputFile::writeAll(const QString& path, const QByteArray& bytes) {
    OutputFile out(path);
    if (Status s = out.open(); !s)
        return s;
    if (Status s = out.write(bytes); !s)
        return s;
    return out.commit();
}

} // namespace houqin
