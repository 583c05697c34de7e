#include "ModulePage.h"

#include "ModuleView.h"
#include "RecordListPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <algorithm>

namespace houqin::gui {

ModulePage::ModulePage(Database& db, const ModuleDef& module, QWidget* parent)
    : QWidget(parent), m_db(db), m_module(module), m_kindList(new QListWidget(this)),
      m_stack(new QStackedWidget(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_kindList->setObjectName(QStringLiteral("kindListWidget"));
    m_kindList->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_kindList);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(new QWidget(m_stack)); // shown until the current row's page is built

    int widest = 0;
    auto addRow = [&](const Entry& entry, const QString& title) {
        m_entries << entry;
        m_kindList->addItem(title);
        widest = qMax(widest, m_kindList->fontMetrics().horizontalAdvance(title));
    };
    const QList<const ViewDef*> views = availableViews(module, db);
    for (const ViewDef* def : views)
        if (!def->afterKinds)
            addRow({def, nullptr}, def->displayTitle());
    const QList<const RecordKind*> kinds = availableKinds(module, db);
    for (const RecordKind* kind : kinds)
        addRow({nullptr, kind}, kind->displayLabel());
    for (const ViewDef* def : views)
        if (def->afterKinds)
            addRow({def, nullptr}, def->displayTitle());
    m_kindList->setFixedWidth(qBound(90, widest + 36, 180));
    m_kindList->setVisible(!(kinds.isEmpty() && views.size() == 1));
    connect(m_kindList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!isVisible() || row < 0)
            return; // built when shown, or when asked for
        m_stack->setCurrentWidget(pageAt(row));
        focusList();
    });
    m_kindList->setCurrentRow(0); // hidden yet: nothing is built
}

QWidget* ModulePage::pageAt(int row) const {
    Entry& entry = m_entries[row];
    if (entry.page)
        return entry.page;
    auto* self = const_cast<ModulePage*>(this); // the page's parent and signal target; built once
    if (entry.view) {
        ModuleView* view = entry.view->create(m_db, m_stack);
        connect(view, &ModuleView::statusMessage, self, &ModulePage::statusMessage);
        connect(view, &ModuleView::openListRequested, self, &ModulePage::openListRequested);
        connect(view, &ModuleView::recordsChanged, self, &ModulePage::viewRecordsChanged);
        entry.page = view;
    } else {
        auto* page = new RecordListPage(m_db, *entry.kind, m_stack, RecordListPage::Loading::OnFirstShow);
        connect(page, &RecordListPage::statusMessage, self, &ModulePage::statusMessage);
        connect(page, &RecordListPage::recordsChanged, self, &ModulePage::recordsChanged);
        entry.page = page;
    }
    m_stack->addWidget(entry.page);
    if (row == m_kindList->currentRow())
        m_stack->setCurrentWidget(entry.page);
    return entry.page;
}

void ModulePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (const int row = m_kindList->currentRow(); row >= 0)
        m_stack->setCurrentWidget(pageAt(row));
}

void ModulePage::focusList() {
    const int row = m_kindList->currentRow();
    if (row < 0)
        return;
    // The tab became the current one: its current page is built now, whether a list or a view.
    if (auto* page = qobject_cast<RecordListPage*>(pageAt(row)))
        page->tableView()->setFocus();
}

bool ModulePage::hasKind(const QString& kindKey) const {
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry& e) { return e.kind && e.kind->key == kindKey; });
}

RecordListPage* ModulePage::showKind(const QString& kindKey) {
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].kind && m_entries[row].kind->key == kindKey) {
            m_kindList->setCurrentRow(row);
            return qobject_cast<RecordListPage*>(pageAt(row));
        }
    return nullptr;
}

RecordListPage* ModulePage::currentListPage() const {
    const int row = m_kindList->currentRow();
    if (row < 0 || !m_entries[row].kind)
        return nullptr;
    return qobject_cast<RecordListPage*>(pageAt(row));
}

QList<RecordListPage*> ModulePage::listPages() const {
    QList<RecordListPage*> pages;
    for (const Entry& e : m_entries)
        if (e.kind && e.page)
            pages << static_cast<RecordListPage*>(e.page);
    return pages;
}

QList<ModuleView*> ModulePage::views() const {
    QList<ModuleView*> views;
    for (const Entry& e : m_entries)
        if (e.view && e.page)
            views << static_cast<ModuleView*>(e.page);
    return views;
}

} // namespace houqin::gui
