#include "ModulePage.h"

#include "ModuleView.h"
#include "RecordListPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>

namespace houqin::gui {

ModulePage::ModulePage(Database& db, const ModuleDef& module, QWidget* parent)
    : QWidget(parent), m_module(module), m_kindList(new QListWidget(this)),
      m_stack(new QStackedWidget(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_kindList->setObjectName(QStringLiteral("kindListWidget"));
    m_kindList->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_kindList);
    layout->addWidget(m_stack, 1);

    int widest = 0;
    auto addViews = [&](bool afterKinds) {
        for (const ViewDef* def : availableViews(module, db)) {
            if (def->afterKinds != afterKinds)
                continue;
            ModuleView* view = def->create(db, m_stack);
            m_stack->addWidget(view);
            m_views << view;
            m_kindList->addItem(def->displayTitle());
            widest = qMax(widest, m_kindList->fontMetrics().horizontalAdvance(def->displayTitle()));
            connect(view, &ModuleView::statusMessage, this, &ModulePage::statusMessage);
        }
    };
    addViews(false);
    m_firstPageRow = int(m_views.size());
    for (const RecordKind* kind : availableKinds(module, db)) {
        auto* page = new RecordListPage(db, *kind, m_stack, RecordListPage::Loading::OnFirstShow);
        m_stack->addWidget(page);
        m_pages << page;
        m_kindList->addItem(kind->displayLabel());
        widest = qMax(widest, m_kindList->fontMetrics().horizontalAdvance(kind->displayLabel()));
        connect(page, &RecordListPage::statusMessage, this, &ModulePage::statusMessage);
        connect(page, &RecordListPage::recordsChanged, this, &ModulePage::recordsChanged);
    }
    addViews(true);
    m_kindList->setFixedWidth(qBound(90, widest + 36, 180));
    m_kindList->setVisible(!(m_pages.isEmpty() && m_views.size() == 1));
    connect(m_kindList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        focusList();
    });
    m_kindList->setCurrentRow(0);
}

void ModulePage::focusList() {
    if (RecordListPage* page = currentListPage())
        page->tableView()->setFocus();
}

RecordListPage* ModulePage::showKind(const QString& kindKey) {
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->kind().key == kindKey) {
            m_kindList->setCurrentRow(m_firstPageRow + i);
            return m_pages[i];
        }
    return nullptr;
}

RecordListPage* ModulePage::currentListPage() const {
    return qobject_cast<RecordListPage*>(m_stack->currentWidget());
}

} // namespace houqin::gui
