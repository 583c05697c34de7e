// houqin: with no command it opens the window; with a command it runs the CLI (see README).
#include "cli/Cli.h"
#include "domain/ProcessSetup.h"
#include "domain/Translations.h"
#include "gui/FirstRunWizard.h"
#include "gui/MainWindow.h"
#include "gui/RestoreFlow.h"
#include "gui/access/AuditWarning.h"
#include "gui/access/SignInDialog.h"
#include "logging/Log.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace {
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Houqin"));
    QCoreApplication::setApplicationName(QStringLiteral("houqin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOUQIN_VERSION));
}

QString logDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

int runCli(int argc, char** argv, const houqin::cli::GlobalOptions& options) {
    // The CLI prints PDFs, which needs QtGui's fonts but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    houqin::log::init(logDir(), options.verbose);
    houqin::i18n::install(app, houqin::i18n::resolveLanguage(options.lang));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = houqin::cli::run(options, out, err);
    out.flush();
    err.flush();
    return rc;
}

int runGui(int argc, char** argv, const houqin::cli::GlobalOptions& options) {
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Houqin"));
    houqin::log::init(logDir(), options.verbose);
    const QString lang = houqin::i18n::resolveLanguage(options.lang);
    houqin::i18n::install(app, lang);
    if (lang == QStringLiteral("zh_CN"))
        QApplication::setApplicationDisplayName(QStringLiteral("后勤"));
    const QString path = options.dbPath.isEmpty() ? houqin::Database::defaultPath() : options.dbPath;
    // Round again after File → Restore…: the window and the database close, the backup is restored, and
    // the restored file opens with a new sign-in (its accounts are the backup's).
    for (;;) {
        auto db = houqin::Database::open(path);
        if (!db) {
            houqin::log::get("app")->error("cannot open {}: {}", houqin::log::s(path),
                                           houqin::log::s(db.error().message));
            QMessageBox::critical(nullptr, QApplication::translate("App", "Houqin cannot start"),
                                  db.error().message);
            return houqin::cli::kStorage;
        }
        if (!houqin::gui::FirstRunWizard::runIfNeeded(**db))
            return houqin::cli::kOk;
        // Who is working: the wizard signs in the director it created; a file without users (from before
        // accounts) asks for the director's account first.
        if (!(*db)->signedIn() && !houqin::gui::SignInDialog::signIn(**db))
            return houqin::cli::kOk;
        houqin::gui::warnIfAuditBroken(**db, nullptr); // the director is told at once
        QString backup;
        int rc = 0;
        {
            houqin::gui::MainWindow window(**db);
            window.show();
            rc = app.exec();
            backup = window.pendingRestore();
        }
        if (backup.isEmpty())
            return rc;
        db->reset();
        houqin::gui::restoreClosedDatabase(backup, path);
    }
}
} // namespace

int main(int argc, char** argv) {
    houqin::cacheTimeZone();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const houqin::cli::GlobalOptions options = houqin::cli::parseGlobalOptions(args);
    if (houqin::cli::wantsCli(options))
        return runCli(argc, argv, options);
    return runGui(argc, argv, options);
}
