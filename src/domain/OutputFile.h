#pragma once

#include "Result.h"

#include <QFile>
#include <QSaveFile>
#include <QString>
#include <memory>

namespace houqin {

// Where an export, a PDF or a web page is written, chosen by what the path names:
// - a new or regular file is written beside it and renamed over it at commit() (QSaveFile), so an interrupted
//   or failed write never leaves half a file where the previous one was;
// - a symbolic link is followed deliberately: the file it points to is replaced that way and the link stays a
//   link (a link whose target's folder is missing is refused, naming both);
// - anything else that exists (a device such as /dev/null or /dev/stdout, a FIFO, a socket) is written in
//   place and never replaced by a regular file.
// Errors are translated and name the path the user gave.
class OutputFile {
public:
    explicit OutputFile(QString path);
    ~OutputFile();
    Status open();
    QIODevice* device() const; // valid after open()
    Status write(const QByteArray& bytes);
    Status commit();
    void cancel(); // nothing is renamed over the target; a device keeps what was already written
    // The file actually written: the link's target for a symbolic link, else the path itself.
    QString target() const { return m_target; }

    // open, write and commit in one call.
    static Status writeAll(const QString& path, const QByteArray& bytes);

private:
    Error failure(const QString& reason) const;
    QString m_path, m_target;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

} // namespace houqin
