#pragma once

#include "Modules.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace houqin {
class Database;
struct RecordKind;
} // namespace houqin

namespace houqin::gui {

class ModuleView;
class RecordListPage;

// One main-window tab: a side list of the module's views and record kinds and the page of the chosen one.
// A module of a single view and no kinds shows that view without the side list.
//
// Pages are built when first needed, not with the tab: the side list is filled at once, and a view or
// list page is made when its row becomes current while the tab is visible, or when it is asked for
// (currentListPage, showKind). Building the window's ~70 pages up front was most of the start-up.
class ModulePage : public QWidget {
    Q_OBJECT
public:
    ModulePage(Database& db, const ModuleDef& module, QWidget* parent = nullptr);
    const ModuleDef& module() const { return m_module; }
    // The current page when it is a list; built now if it was not yet.
    RecordListPage* currentListPage() const;
    // The list pages built so far, in side-list order (one not built yet loads fresh when it is).
    QList<RecordListPage*> listPages() const;
    // The views built so far.
    QList<ModuleView*> views() const;
    // Whether the side list offers this kind.
    bool hasKind(const QString& kindKey) const;
    // Makes the list page of a kind the visible one; nullptr when the module has no such kind.
    RecordListPage* showKind(const QString& kindKey);
    QListWidget* kindList() const { return m_kindList; }
    // Builds the current page if it was not yet and, when it is a list, puts the keyboard focus in it, where
    // Enter edits and Delete deletes. The main window calls it for the tab that becomes current.
    void focusList();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void recordsChanged();
    // Forwarded from the module's views (ModuleView's signals of the same names).
    void openListRequested(const QString& kindKey, const QString& filterKey, qint64 id);
    void viewRecordsChanged(const QString& kindKey);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // One row of the side list: a view or a kind, and its page once built.
    struct Entry {
        const ViewDef* view = nullptr;
        const RecordKind* kind = nullptr;
        QWidget* page = nullptr;
    };
    // The page of a row, built (in place of its placeholder) if it was not yet.
    QWidget* pageAt(int row) const;

    Database& m_db;
    const ModuleDef& m_module;
    QListWidget* m_kindList;
    QStackedWidget* m_stack;
    mutable QList<Entry> m_entries; // built lazily, also from const accessors
};

} // namespace houqin::gui
