#pragma once

#include "storage/access/UserStore.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace houqin {
class Database;
}

namespace houqin::gui {

// Who is working (issue #13). On a file with users: pick the user, type the password; a wrong one says how
// many tries are left, a locked account until when. On a file without users (a new installation, or a file
// from before accounts existed): the director's account is created first, and they are signed in. The
// locked window uses the same dialog with the user fixed (lockedTo).
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Only this user may sign in (the window was locked while they worked).
    void lockTo(const QString& userName);
    // The user signed in once the dialog is accepted.
    const std::optional<User>& user() const { return m_user; }
    bool creatingDirector() const { return m_creating; }

    // Runs the dialog and, on success, signs the user in to db (Database::setSignedIn). False when the
    // person cancels.
    static bool signIn(Database& db, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    bool createDirector();
    bool authenticate();
    void showMessage(const QString& text);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Database& m_db;
    bool m_creating = false;
    std::optional<User> m_user;
};

} // namespace houqin::gui
