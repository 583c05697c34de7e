#include "Migrations.h"

#include "Database.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <sqlite3.h>

namespace houqin::migrations {

namespace {

// version -> resource path
QMap<int, QString> scripts() {
    QMap<int, QString> out;
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(f);
        if (m.hasMatch())
            out.insert(m.captured(1).toInt(), dir.filePath(f));
    }
    return out;
}

Status execScript(Database& db, const QByteArray& sql, const QString& what) {
    char* err = nullptr;
    if (sqlite3_exec(db.handle(), sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        log::get("storage")->error("migration step {} failed: {}", log::s(what), log::s(msg));
        Error e = Error::make(
            Error::Code::Sql,
            QCoreApplication::translate("Storage", "Upgrading the database failed at %1: %2").arg(what, msg),
            QStringLiteral("migrations::migrate"));
        e.sql = QString::fromUtf8(sql.left(2000));
        return e;
    }
    return {};
}
} // namespace

int latestVersion() {
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.lastKey();
}

Status migrate(Database& db) {
    const int current = db.schemaVersion();
    const auto all = scripts();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key() <= current)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("Storage", "Missing migration %1").arg(it.value()));
        const QByteArray body = f.readAll();
        const QString name = QFileInfo(it.value()).fileName();
        log::get("storage")->info("applying migration {}", log::s(name));
        if (Status s = execScript(db, "BEGIN IMMEDIATE;", name); !s)
            return s;
        const QByteArray stamp = QStringLiteral("\nPRAGMA user_version = %1;\nPRAGMA application_id = %2;\n")
                                     .arg(it.key())
                                     .arg(Database::kApplicationId)
                                     .toUtf8();
        if (Status s = execScript(db, body + stamp, name); !s) {
            (void)execScript(db, "ROLLBACK;", name);
            return s;
        }
        if (Status s = execScript(db, "COMMIT;", name); !s) {
            (void)execScript(db, "ROLLBACK;", name);
            return s;
        }
    }
    return {};
}

} // namespace houqin::migrations
