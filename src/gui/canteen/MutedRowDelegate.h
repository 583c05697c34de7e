#pragma once

#include <QStyledItemDelegate>
#include <QVariant>

namespace houqin::gui::canteen {

// Draws the rows of a record list whose field `fieldKey` holds `value` in grey without a background,
// whatever colour the kind's row styles give them: a renewed (superseded) health certificate, a supplier
// no longer used. Their expiry no longer matters, so it must not look like an alarm. Row styles pick the
// first styled column, and the validity column comes before these flags, so the styles alone cannot say
// this.
class MutedRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    MutedRowDelegate(QString fieldKey, QVariant value, QObject* parent = nullptr);

    bool isMuted(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QString m_field;
    QVariant m_value;
};

} // namespace houqin::gui::canteen
