// houqin backup [-o FILE]: a checked backup now, into the backup folder (pruned by the retention) or to a
// file. The director's, like the other commands on the whole file.
#include "Commands.h"
#include "CopyProgress.h"
#include "storage/BackupFolder.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace houqin::cli {

namespace {
class BackupCommand : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override {
        //: zh_CN "立即备份数据库到备份文件夹（或 -o 指定的文件）。"
        return QCoreApplication::translate("Cli",
                                           "Back up the database now, into the backup folder or to -o FILE.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("Cli", "Write the backup to this file instead of the backup folder."),
            QStringLiteral("FILE"));
        parser.addOption(output);
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        if (!parser.positionalArguments().isEmpty())
            return ctx.usage(QCoreApplication::translate("Cli", "backup takes no arguments; use -o FILE."));
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "back up the database"));
            rc != kOk)
            return rc;
        //: zh_CN "正在备份…"
        const auto progress = copyProgress(ctx.err, QCoreApplication::translate("Cli", "Backing up…"));
        if (parser.isSet(output)) {
            const QString target = parser.value(output);
            if (Status s = backups::makeFile(db->path(), target, progress); !s)
                return ctx.fail(s.error());
            ctx.out << QCoreApplication::translate("Cli", "Backed up to %1.")
                           .arg(QDir::toNativeSeparators(target))
                    << '\n';
            return kOk;
        }
        auto made = backups::make(db->path(), backupfolder::of(*db), db->now(), progress);
        if (!made)
            return ctx.fail(made.error());
        ctx.out << QCoreApplication::translate("Cli", "Backed up to %1 (%2).")
                       .arg(QDir::toNativeSeparators(made->path), QLocale().formattedDataSize(made->size))
                << '\n';
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeBackupCommand() {
    return std::make_unique<BackupCommand>();
}

} // namespace houqin::cli
