#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace houqin {
class Database;
}

namespace houqin::gui {

// Tools → Users… (the director's): every account with its role and whether it is in use; add one, change
// a role, reset a password (which also lifts a lock), disable or enable. A disabled user's records and
// audit rows keep their name; the director cannot disable themselves.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

    // The actions, for the buttons and for tests; each reports a refusal in a message box and returns
    // false. The password is asked for twice.
    bool addUser(const QString& name, const QString& role, const QString& staffName, const QString& password);
    bool resetPassword(const QString& name, const QString& password);
    bool changeRole(const QString& name, const QString& role);
    bool setDisabled(const QString& name, bool disabled);

private:
    void reload();
    QString selectedName() const;
    void showError(const QString& title, const QString& message);
    Database& m_db;
    QTableWidget* m_table = nullptr;
    QPushButton* m_disable = nullptr;
};

// File → Change my password…: the current password, then the new one twice.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Database& db, QWidget* parent = nullptr);
    // For tests and the dialog's OK: checks the current password, then stores the new one.
    bool change(const QString& current, const QString& password, const QString& again);
    QString message() const { return m_message; }

private:
    Database& m_db;
    QString m_message;
};

} // namespace houqin::gui
