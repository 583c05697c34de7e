#include "RecordListPage.h"

#include "DetailsPane.h"
#include "ErrorDisplay.h"
#include "KindExtensions.h"
#include "Preferences.h"
#include "RecordForm.h"
#include "RecordTableModel.h"
#include "access/Permissions.h"
#include "domain/FieldUnit.h"
#include "plan/PlanTaskOffer.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace houqin::gui {

RecordListPage::RecordListPage(Database& db, const RecordKind& kind, QWidget* parent, Loading loading)
    : QWidget(parent), m_db(db), m_kind(kind) {
    setObjectName(kind.key + QStringLiteral("ListPage"));
    m_model = new RecordTableModel(db, kind, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    buildToolBar();
    hideForbiddenActions(db, kind.key, this);
    if (!may(db, kind.key, access::Action::Edit)) { // who may only read opens the form read-only
        m_editAction->setText(tr("View"));
        m_editAction->setVisible(true);
    }
    layout->addWidget(m_toolBar);
    layout->addWidget(buildFilterBar());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_table->addAction(m_deleteAction);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &RecordListPage::onHeaderClicked);
    connect(m_table, &QTableView::doubleClicked, this, &RecordListPage::editCurrent);

    m_details = new DetailsPane(db, kind, this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("listDetailsSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 130});
    layout->addWidget(split, 1);

    connect(m_model, &RecordTableModel::loaded, this, &RecordListPage::updateCount);
    connect(m_model, &RecordTableModel::loadFailed, this,
            [this](const Error& e) { showError(this, tr("Could not load the list"), e); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateSelection);

    // Derived values such as "time left" move with the clock.
    auto* tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        m_model->refreshDerived();
        updateSelection();
    });
    tick->start();

    if (const KindExtension* ext = kindExtension(kind.key); ext && ext->extendPage)
        ext->extendPage(*this);

    if (loading == Loading::Now)
        applyFilters();
    updateSortIndicator();
}

void RecordListPage::showEvent(QShowEvent* event) {
    if (!m_loaded)
        applyFilters();
    QWidget::showEvent(event);
}

QWidget* RecordListPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(260);
    row->addWidget(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RecordListPage::applyFilters);

    if (m_kind.field(m_kind.dateField)) {
        row->addSpacing(8);
        m_allDates = new QCheckBox(tr("All dates"), bar);
        m_allDates->setObjectName(QStringLiteral("allDatesCheckBox"));
        m_allDates->setChecked(true);
        const QDate today = m_db.now().date();
        m_from = new QDateEdit(QDate(today.year(), today.month(), 1), bar);
        m_to = new QDateEdit(today, bar);
        for (QDateEdit* e : {m_from, m_to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            e->setEnabled(false);
            connect(e, &QDateEdit::dateChanged, this, &RecordListPage::applyFilters);
        }
        m_from->setObjectName(QStringLiteral("fromDateEdit"));
        m_to->setObjectName(QStringLiteral("toDateEdit"));
        connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
            m_from->setEnabled(!all);
            m_to->setEnabled(!all);
            applyFilters();
        });
        row->addWidget(m_allDates);
        row->addWidget(new QLabel(m_kind.field(m_kind.dateField)->displayLabel(), bar));
        row->addWidget(m_from);
        row->addWidget(new QLabel(QStringLiteral("–"), bar));
        row->addWidget(m_to);
    }

    if (!m_kind.filters.isEmpty()) {
        row->addSpacing(8);
        m_statusFilter = new QComboBox(bar);
        m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
        m_statusFilter->addItem(tr("All"), QString());
        for (const FilterDef& f : m_kind.filters)
            m_statusFilter->addItem(trLabel(f.label), f.key);
        // Sized for a short filter name, not the longest one (its list still shows them whole), so that the
        // bar fits a 1366-pixel screen whatever a kind's filters are called.
        m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_statusFilter->setMinimumContentsLength(14);
        connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilters);
        row->addWidget(m_statusFilter);
    }

    for (const FieldDef& f : m_kind.fields)
        if (f.type == FieldType::Campus) {
            m_campusField = f.key;
            break;
        }
    if (!m_campusField.isEmpty() && m_db.settings().campuses.size() > 1) {
        m_campusFilter = new QComboBox(bar);
        m_campusFilter->setObjectName(QStringLiteral("campusFilterComboBox"));
        m_campusFilter->addItem(tr("All campuses"), QString());
        for (const QString& c : m_db.settings().campuses)
            m_campusFilter->addItem(c, c);
        // Starts on, and follows, the campus this computer works for (the status bar's); "All campuses"
        // stays one click away.
        m_campusFilter->setCurrentIndex(
            qMax(0, m_campusFilter->findData(prefs::currentCampus(m_db.settings()))));
        connect(m_campusFilter, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilters);
        row->addWidget(m_campusFilter);
    }

    row->addStretch(1);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("countLabel"));
    row->addWidget(m_count);
    return bar;
}

ListQuery RecordListPage::currentQuery() const {
    ListQuery q = m_model->query(); // keeps the sort the header chose
    q.search = m_search->text().trimmed();
    q.from = q.to = QDate();
    if (m_allDates && !m_allDates->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    q.filter = m_statusFilter ? m_statusFilter->currentData().toString() : QString();
    q.equals.clear();
    q.equalsOrEmpty.clear();
    if (m_campusFilter && !m_campusFilter->currentData().toString().isEmpty())
        q.equalsOrEmpty.append({m_campusField, m_campusFilter->currentData().toString()});
    q.limit = -1;
    q.offset = 0;
    return q;
}

void RecordListPage::applyFilters() {
    m_searchTimer->stop();
    m_loaded = true;
    const std::optional<Record> selected = currentRecord();
    m_model->setQuery(currentQuery());
    if (!m_columnsSized) {
        // From the declaration first, so an empty list is laid out as a full one; then from the rows.
        sizeColumnsFromDeclaration();
        if (m_model->rowCount() > 0) {
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_table->setColumnWidth(c,
                                        qMax(m_table->columnWidth(c),
                                             static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(c)));
            m_columnsSized = true;
        }
    }
    if (selected)
        selectRecord(selected->id);
}

// The widest text a column will hold, as its declaration tells: a date, a date and time, a number with its
// unit and decimals, the longest choice, a campus, a few characters of a name, and the header itself.
void RecordListPage::sizeColumnsFromDeclaration() {
    const QFontMetrics body(m_table->font());
    const QFontMetrics header(m_table->horizontalHeader()->font());
    const QStringList campuses = m_db.settings().campuses;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const FieldDef* f = m_kind.anyField(m_model->columnKey(c));
        if (!f)
            continue;
        QStringList samples;
        switch (f->type) {
        case FieldType::Date:
            samples << QStringLiteral("2026-09-30");
            break;
        case FieldType::DateTime:
            samples << QStringLiteral("2026-09-30 11:30");
            break;
        case FieldType::Integer:
        case FieldType::Decimal:
        case FieldType::Money:
            samples << QStringLiteral("12345") +
                           (f->decimals > 0 ? QStringLiteral(".") + QString(f->decimals, QLatin1Char('8'))
                                            : QString()) +
                           (f->unit.isEmpty() ? QString() : QStringLiteral(" ") + displayUnit(*f));
            break;
        case FieldType::Choice:
            for (const ChoiceDef& ch : f->choices)
                samples << trLabel(ch.label);
            break;
        case FieldType::Bool:
            samples << tr("Yes");
            break;
        case FieldType::Campus:
            samples << campuses;
            break;
        case FieldType::Person:
            samples << QStringLiteral("欧阳晓明");
            break;
        case FieldType::Text:
        case FieldType::LongText:
            samples << QString(10, QChar(0x6C49)); // ten ideographs; longer text is cut with an ellipsis
            break;
        }
        if (f->displayAs) {
            samples << QString(8, QChar(0x6C49)); // derived values worded for people ("还剩 13 小时 57 分")
            // and as worded in the user's language for a long number either way ("due 99 h 59 min ago")
            if (f->type == FieldType::Integer)
                samples << f->displayAs(QVariant::fromValue<qint64>(-5999))
                        << f->displayAs(QVariant::fromValue<qint64>(5999));
        }
        int width = header.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        for (const QString& s : samples)
            width = qMax(width, body.horizontalAdvance(s) + 20);
        m_table->setColumnWidth(c, qMin(width, 320));
    }
}

void RecordListPage::followCampus(const QString& campus) {
    if (!m_campusFilter)
        return;
    const int i = m_campusFilter->findData(campus);
    if (i >= 0 && i != m_campusFilter->currentIndex())
        m_campusFilter->setCurrentIndex(i); // reloads through currentIndexChanged
}

bool RecordListPage::showFiltered(const QString& filterKey) {
    int index = 0;
    {
        // One query at the end, not one per cleared filter.
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        if (m_allDates) {
            const QSignalBlocker block(m_allDates);
            m_allDates->setChecked(true);
            m_from->setEnabled(false);
            m_to->setEnabled(false);
        }
        if (m_campusFilter) {
            const QSignalBlocker block(m_campusFilter);
            m_campusFilter->setCurrentIndex(0);
        }
        if (m_statusFilter) {
            const QSignalBlocker block(m_statusFilter);
            index = qMax(0, m_statusFilter->findData(filterKey));
            m_statusFilter->setCurrentIndex(index);
        }
    }
    applyFilters();
    return filterKey.isEmpty() || index > 0;
}

void RecordListPage::reload() {
    if (!m_loaded)
        return; // the first show loads the current data anyway
    const std::optional<Record> selected = currentRecord();
    m_model->reload();
    if (selected)
        selectRecord(selected->id);
}

void RecordListPage::updateCount() {
    m_count->setText(tr("Total: %1").arg(m_model->totalCount()));
}

void RecordListPage::updateSelection() {
    const std::optional<Record> r = currentRecord();
    m_editAction->setEnabled(r.has_value() && may(m_db, m_kind.key, access::Action::Edit));
    m_deleteAction->setEnabled(r.has_value() && may(m_db, m_kind.key, access::Action::Delete));
    if (r)
        m_details->showRecord(*r);
    else
        m_details->clear();
}

void RecordListPage::updateSortIndicator() {
    const ListQuery& q = m_model->query();
    const int column = m_model->columnOf(q.sortField.isEmpty() ? m_kind.defaultSort : q.sortField);
    const bool desc = q.sortDescending.value_or(m_kind.defaultSortDescending);
    m_table->horizontalHeader()->setSortIndicatorShown(column >= 0);
    if (column >= 0)
        m_table->horizontalHeader()->setSortIndicator(column,
                                                      desc ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void RecordListPage::onHeaderClicked(int section) {
    if (!m_model->isSortable(section)) {
        updateSortIndicator(); // derived values are computed, not stored: SQL cannot sort them
        Q_EMIT statusMessage(tr("This column is computed and cannot be sorted."));
        return;
    }
    const ListQuery& q = m_model->query();
    const QString current = q.sortField.isEmpty() ? m_kind.defaultSort : q.sortField;
    const bool desc = q.sortDescending.value_or(m_kind.defaultSortDescending);
    Qt::SortOrder order = Qt::AscendingOrder;
    if (m_model->columnKey(section) == current)
        order = desc ? Qt::AscendingOrder : Qt::DescendingOrder;
    m_model->sort(section, order);
    updateSortIndicator();
}

std::optional<Record> RecordListPage::currentRecord() const {
    const QModelIndexList rows = m_table ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->record(rows.first().row());
}

void RecordListPage::selectRecord(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void RecordListPage::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && currentRecord()) {
            editCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordListPage::openForm(const Record& record) {
    QPointer<RecordForm> form = new RecordForm(m_db, m_kind, record, this);
    qint64 lastSaved = 0;
    connect(form, &RecordForm::recordSaved, this, [&lastSaved](qint64 id) { lastSaved = id; });
    form->exec();
    delete form;
    if (lastSaved) {
        m_model->reload();
        selectRecord(lastSaved);
        Q_EMIT recordsChanged();
        // A record that does a task of the semester plan offers to tick it off.
        if (const QString done = plan::offerPlanTask(this, m_db, m_kind, lastSaved); !done.isEmpty())
            Q_EMIT statusMessage(done);
    }
}

void RecordListPage::newRecord() {
    openForm(RecordForm::freshRecord(m_db, m_kind));
}

void RecordListPage::editCurrent() {
    const std::optional<Record> r = currentRecord();
    // A role that may only view gets the form read-only (RecordForm decides).
    if (!r)
        return;
    // Edit what is stored now, not what was loaded minutes ago.
    RecordRepository repo(m_db, m_kind);
    auto fresh = repo.get(r->id);
    if (!fresh) {
        showError(this, tr("Could not open the record"), fresh.error());
        reload();
        return;
    }
    openForm(*fresh);
}

void RecordListPage::deleteCurrent() {
    const std::optional<Record> r = currentRecord();
    if (!r)
        return;
    const QString name = m_kind.describe(*r);
    QMessageBox box(QMessageBox::Question, tr("Delete record"),
                    tr("Delete %1 “%2”?").arg(m_kind.displayLabel(), name), QMessageBox::NoButton, this);
    box.setInformativeText(tr("The record is removed from the list. The history keeps a copy of it."));
    QPushButton* yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    RecordRepository repo(m_db, m_kind);
    if (Status s = repo.remove(r->id, Actor::systemUser()); !s) {
        showError(this, tr("Could not delete"), s.error());
        return;
    }
    m_model->reload();
    Q_EMIT statusMessage(tr("Deleted %1.").arg(name));
    Q_EMIT recordsChanged();
}

QString RecordListPage::suggestedFileName(const QString& suffix) const {
    return QStringLiteral("%1/%2-%3.%4")
        .arg(prefs::lastDirectory(), m_kind.displayLabel(),
             m_db.now().date().toString(QStringLiteral("yyyyMMdd")), suffix);
}

} // namespace houqin::gui
