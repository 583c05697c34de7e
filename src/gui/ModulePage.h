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

class ModuleView;
class RecordListPage;

// One main-window tab: a side list of the module's views and record kinds and the page of the chosen one.
// A module of a single view and no kinds shows that view without the side list.
class ModulePage : public QWidget {
    Q_OBJECT
public:
    ModulePage(Database& db, const ModuleDef& module, QWidget* parent = nullptr);
    const ModuleDef& module() const { return m_module; }
    RecordListPage* currentListPage() const;
    const QList<RecordListPage*>& listPages() const { return m_pages; }
    const QList<ModuleView*>& views() const { return m_views; }
    // Makes the list page of a kind the visible one; nullptr when the module has no such kind.
    RecordListPage* showKind(const QString& kindKey);
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
    QList<ModuleView*> m_views;
    int m_firstPageRow = 0; // the side list's row of the first kind (after the views listed first)
};

} // namespace houqin::gui
