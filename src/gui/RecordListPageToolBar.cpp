// The list page's toolbar: its actions, their shortcuts and tooltips (the rest of the page is in
// RecordListPage.cpp, the file actions in RecordListPageFiles.cpp).
#include "Icons.h"
#include "RecordListPage.h"

#include <QAction>
#include <QKeySequence>
#include <QToolBar>

namespace houqin::gui {

void RecordListPage::buildToolBar() {
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("listToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));

    auto add = [this](const QString& iconName, const QString& text, const QKeySequence& key,
                      void (RecordListPage::*slot)(), const QString& shortcutHint = {}) {
        auto* a = new QAction(icon(iconName), text, this);
        a->setObjectName(iconName + QStringLiteral("Action"));
        if (!key.isEmpty()) {
            // Window-wide, so the key works wherever the focus is (the tab bar after a tab click); only the
            // visible page's actions are live, so pages of other kinds never compete for it.
            a->setShortcut(key);
            a->setShortcutContext(Qt::WindowShortcut);
            addAction(a);
        }
        const QString hint = key.isEmpty() ? shortcutHint : key.toString(QKeySequence::NativeText);
        a->setToolTip(hint.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, hint));
        connect(a, &QAction::triggered, this, slot);
        m_toolBar->addAction(a);
        return a;
    };
    add(QStringLiteral("new"), tr("New"), QKeySequence(Qt::CTRL | Qt::Key_N), &RecordListPage::newRecord);
    m_editAction = add(QStringLiteral("edit"), tr("Edit"), {}, &RecordListPage::editCurrent, tr("Enter"));
    m_deleteAction = add(QStringLiteral("delete"), tr("Delete"), {}, &RecordListPage::deleteCurrent,
                         QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText));
    // Delete only while the table has focus: in the search box the key deletes text.
    m_deleteAction->setShortcut(Qt::Key_Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_toolBar->addSeparator();
    add(QStringLiteral("print"), tr("Print preview"), QKeySequence(Qt::CTRL | Qt::Key_P),
        &RecordListPage::printPreview);
    add(QStringLiteral("pdf"), tr("Export PDF"), {}, &RecordListPage::exportPdf);
    m_toolBar->addSeparator();
    // Short labels, so the English toolbar fits 1366 pixels; the tooltips name the formats.
    add(QStringLiteral("export"), tr("Export data"), {}, &RecordListPage::exportCsv)
        ->setToolTip(tr("Export what the list shows as CSV or as an Excel workbook (.xlsx)"));
    add(QStringLiteral("import"), tr("Import data"), {}, &RecordListPage::importCsv)
        ->setToolTip(tr("Import a CSV file or an Excel workbook (.xlsx)"));

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &RecordListPage::focusSearch);
    addAction(find);
}

} // namespace houqin::gui
