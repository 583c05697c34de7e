#pragma once

#include "Modules.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace houqin {
class Database;
}

namespace houqin::gui {

class RecordListPage;

// One main-window tab: a side list of the module's record kinds and the list page of the chosen one.
class ModulePage : public QWidget {
    Q_OBJECT
public:
    ModulePage(Database& db, const ModuleDef& module, QWidget* parent = nullptr);
    const ModuleDef& module() const { return m_module; }
    RecordListPage* currentListPage() const;
    const QList<RecordListPage*>& listPages() const { return m_pages; }
    QListWidget* kindList() const { return m_kindList; }
    // Puts the keyboard focus in the current list, where Enter edits and Delete deletes.
    void focusList();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void recordsChanged();

private:
    const ModuleDef& m_module;
    QListWidget* m_kindList;
    QStackedWidget* m_stack;
    QList<RecordListPage*> m_pages;
};

} // namespace houqin::gui
