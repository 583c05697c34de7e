#include "MutedRowDelegate.h"

#include "gui/RecordTableModel.h"

namespace houqin::gui::canteen {

MutedRowDelegate::MutedRowDelegate(QString fieldKey, QVariant value, QObject* parent)
    : QStyledItemDelegate(parent), m_field(std::move(fieldKey)), m_value(std::move(value)) {}

bool MutedRowDelegate::isMuted(const QModelIndex& index) const {
    const QAbstractItemModel* model = index.model();
    if (!model)
        return false;
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal, RecordTableModel::FieldKeyRole).toString() == m_field)
            return index.sibling(index.row(), column).data(RecordTableModel::ValueRole) == m_value;
    return false;
}

void MutedRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isMuted(index))
        return;
    option->backgroundBrush = QBrush();
    option->palette.setColor(QPalette::Text, QColor(0x88, 0x88, 0x88));
}

} // namespace houqin::gui::canteen
