// houqin restore FILE: puts a backup back in place of the database (storage/Restore). The director's: the
// director of the current file signs in first. A current file that cannot be opened at all (damaged) is
// replaced without a sign-in, since whoever may write the file could replace it anyway; it is kept aside.
#include "Commands.h"
#include "CopyProgress.h"
#include "storage/CheckedCopy.h"
#include "storage/Database.h"
#include "storage/Restore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace houqin::cli {

namespace {
class RestoreCommand : public Command {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override {
        //: zh_CN "用备份恢复数据库（当前文件另存为 .before-restore-时间）。"
        return QCoreApplication::translate(
            "Cli", "Restore the database from a backup (the current file is kept as .before-restore-TIME).");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("Cli", "The backup to restore."));
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        const QStringList pos = parser.positionalArguments();
        if (pos.size() != 1)
            return ctx.usage(QCoreApplication::translate("Cli", "restore needs the backup FILE."));
        const QString backup = pos.first();
        // The backup is checked before anything else is done.
        if (auto checked = checkedcopy::inspect(backup); !checked) {
            ctx.fail(checked.error());
            //: zh_CN "数据库没有改动。"
            ctx.err << QCoreApplication::translate("Cli", "The database was not changed.") << '\n';
            return kValidation;
        }
        const QString dbPath = ctx.dbPath();
        if (QFileInfo::exists(dbPath)) {
            if (auto probe = Database::open(dbPath); probe) {
                probe->reset();
                if (!ctx.db())
                    return ctx.failure();
                if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "restore the database"));
                    rc != kOk)
                    return rc;
                ctx.closeDatabase();
            } else {
                //: zh_CN "当前数据库无法打开（%1），将直接替换，原文件会保留。"
                ctx.err << QCoreApplication::translate(
                               "Cli",
                               "The current database cannot be opened (%1); it is replaced and kept aside.")
                               .arg(probe.error().message)
                        << '\n';
            }
        }
        //: zh_CN "正在恢复…"
        const auto progress = copyProgress(ctx.err, QCoreApplication::translate("Cli", "Restoring…"));
        auto aside = restore::run(backup, dbPath, QDateTime::currentDateTime(), progress);
        if (!aside)
            return aside.error().code == Error::Code::NotOurFile || aside.error().code == Error::Code::TooNew
                       ? (ctx.fail(aside.error()), kValidation)
                       : ctx.fail(aside.error());
        ctx.out << QCoreApplication::translate("Cli", "Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(backup))
                << '\n';
        if (!aside->isEmpty())
            //: zh_CN "原来的文件保留为 %1。"
            ctx.out << QCoreApplication::translate("Cli", "The previous file is kept as %1.")
                           .arg(QDir::toNativeSeparators(*aside))
                    << '\n';
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeRestoreCommand() {
    return std::make_unique<RestoreCommand>();
}

} // namespace houqin::cli
