#include "StocktakePage.h"

#include "domain/ValueFormat.h"
#include "domain/assets/AssetKinds.h"
#include "gui/Preferences.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/assets/StocktakeService.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace houqin::gui::assets {

namespace s = houqin::assets::stocktake;
using houqin::assets::ScanAnswer;
using houqin::assets::StocktakeCount;

namespace {

QString choiceText(const RecordKind& kind, const QString& field, const QVariant& v) {
    return valuefmt::display(*kind.field(field), v);
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString place(const QString& campus, const QString& room) {
    return room.isEmpty() ? campus : campus + QStringLiteral(" · ") + room;
}

} // namespace

ModuleView* createStocktake(Database& db, QWidget* parent) {
    return new StocktakePage(db, parent);
}

StocktakePage::StocktakePage(Database& db, QWidget* parent) : ModuleView(parent), m_db(db) {
    setObjectName(QStringLiteral("stocktakePage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stocktakeMessage"));
    m_message->setWordWrap(true);
    outer->addWidget(m_message);

    // The count.
    auto* countPage = new QWidget(m_tabs);
    auto* count = new QHBoxLayout(countPage);
    auto* setup = new QFormLayout;
    m_campus = new QComboBox(countPage);
    m_campus->setObjectName(QStringLiteral("stocktakeCampus"));
    setup->addRow(tr("&Campus:"), m_campus);
    m_rooms = new QListWidget(countPage);
    m_rooms->setObjectName(QStringLiteral("stocktakeRooms"));
    m_rooms->setToolTip(tr("Tick the rooms counted; none ticked counts the whole campus."));
    setup->addRow(tr("&Rooms:"), m_rooms);
    m_counter = new QLineEdit(countPage);
    m_counter->setObjectName(QStringLiteral("stocktakeCounter"));
    setup->addRow(tr("Counted &by:"), m_counter);
    m_start = new QPushButton(tr("&Start counting"), countPage);
    m_start->setObjectName(QStringLiteral("stocktakeStart"));
    setup->addRow(QString(), m_start);
    count->addLayout(setup, 1);

    auto* scanning = new QVBoxLayout;
    auto* line = new QHBoxLayout;
    m_countedRoom = new QComboBox(countPage);
    m_countedRoom->setObjectName(QStringLiteral("stocktakeCountedRoom"));
    m_countedRoom->setToolTip(
        tr("The room you are counting in now: a moved asset's correction puts it here."));
    auto* roomLabel = new QLabel(tr("Counting &in:"), countPage);
    roomLabel->setBuddy(m_countedRoom);
    line->addWidget(roomLabel);
    line->addWidget(m_countedRoom, 1);
    auto* codeLabel = new QLabel(tr("Asset &code:"), countPage);
    m_code = new QLineEdit(countPage);
    m_code->setObjectName(QStringLiteral("stocktakeCode"));
    m_code->setPlaceholderText(tr("Scan a label or type a code, then Enter"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_code->setFont(big);
    codeLabel->setBuddy(m_code);
    line->addWidget(codeLabel);
    line->addWidget(m_code, 2);
    scanning->addLayout(line);
    m_answer = new QLabel(countPage);
    m_answer->setObjectName(QStringLiteral("stocktakeAnswer"));
    m_answer->setFont(big);
    m_answer->setMinimumHeight(m_answer->fontMetrics().height() * 2);
    m_answer->setWordWrap(true);
    m_answer->setMargin(6);
    scanning->addWidget(m_answer);
    m_tally = new QLabel(countPage);
    m_tally->setObjectName(QStringLiteral("stocktakeTally"));
    scanning->addWidget(m_tally);
    m_scans = new QTableWidget(0, 4, countPage);
    m_scans->setObjectName(QStringLiteral("stocktakeScans"));
    m_scans->setHorizontalHeaderLabels({tr("Time"), tr("Code"), tr("Asset"), tr("Answer")});
    m_scans->horizontalHeader()->setStretchLastSection(true);
    m_scans->verticalHeader()->hide();
    m_scans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scanning->addWidget(m_scans, 1);
    m_save = new QPushButton(tr("Sa&ve the stocktake"), countPage);
    m_save->setObjectName(QStringLiteral("stocktakeSave"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    scanning->addLayout(saveRow);
    count->addLayout(scanning, 3);
    m_tabs->addTab(countPage, tr("Count"));

    // The result of a stored stocktake.
    auto* resultPage = new QWidget(m_tabs);
    auto* result = new QVBoxLayout(resultPage);
    auto* pick = new QHBoxLayout;
    m_stocktakes = new QComboBox(resultPage);
    m_stocktakes->setObjectName(QStringLiteral("stocktakeResultPick"));
    auto* pickLabel = new QLabel(tr("S&tocktake:"), resultPage);
    pickLabel->setBuddy(m_stocktakes);
    pick->addWidget(pickLabel);
    pick->addWidget(m_stocktakes, 1);
    result->addLayout(pick);
    m_resultSummary = new QLabel(resultPage);
    m_resultSummary->setObjectName(QStringLiteral("stocktakeResultSummary"));
    result->addWidget(m_resultSummary);
    m_result = new QTableWidget(0, 7, resultPage);
    m_result->setObjectName(QStringLiteral("stocktakeResult"));
    m_result->setHorizontalHeaderLabels({tr("Code"), tr("Asset"), tr("Result"), tr("Registered at"),
                                         tr("Counted in"), tr("Correction"), tr("Note")});
    m_result->horizontalHeader()->setStretchLastSection(true);
    m_result->verticalHeader()->hide();
    m_result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_result->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_result->setSelectionMode(QAbstractItemView::ExtendedSelection);
    result->addWidget(m_result, 1);
    auto* buttons = new QHBoxLayout;
    auto* how =
        new QLabel(tr("Moved: set the register's campus and room to where it was counted. "
                      "Missing: set it aside as idle with a note (dispose of it through a disposal)."),
                   resultPage);
    how->setWordWrap(true); // unwrapped, the English sentence made the window wider than a 1366 screen
    buttons->addWidget(how, 1);
    m_correctSelected = new QPushButton(tr("Correct the &selected lines"), resultPage);
    m_correctSelected->setObjectName(QStringLiteral("stocktakeCorrectSelected"));
    m_correctAll = new QPushButton(tr("Correct &all lines"), resultPage);
    m_correctAll->setObjectName(QStringLiteral("stocktakeCorrectAll"));
    buttons->addWidget(m_correctSelected);
    buttons->addWidget(m_correctAll);
    result->addLayout(buttons);
    m_tabs->addTab(resultPage, tr("Result"));

    connect(m_campus, &QComboBox::currentIndexChanged, this, [this] { loadRooms(); });
    connect(m_start, &QPushButton::clicked, this, [this] { (void)start(); });
    connect(m_code, &QLineEdit::returnPressed, this, &StocktakePage::scanTyped);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_stocktakes, &QComboBox::activated, this,
            [this](int i) { showStocktake(m_stocktakes->itemData(i).toLongLong()); });
    connect(m_correctSelected, &QPushButton::clicked, this, [this] { (void)correct(false); });
    connect(m_correctAll, &QPushButton::clicked, this, [this] { (void)correct(true); });
    setCounting(false);
}

StocktakePage::~StocktakePage() = default;

void StocktakePage::refresh() {
    if (m_count) // never throw away a count under way because the tab was shown again
        return;
    const QString current = m_campus->currentText();
    {
        const QSignalBlocker block(m_campus);
        m_campus->clear();
        m_campus->addItems(m_db.settings().campuses);
        const int i = m_campus->findText(current.isEmpty() ? prefs::currentCampus(m_db.settings()) : current);
        m_campus->setCurrentIndex(std::max(i, 0));
    }
    loadRooms();
    loadStocktakes();
}

void StocktakePage::loadRooms() {
    m_rooms->clear();
    auto reg = houqin::assets::loadRegister(m_db);
    if (!reg) {
        m_message->setText(reg.error().message);
        return;
    }
    const StocktakeCount all(*reg, m_campus->currentText(), {});
    for (const QString& room : all.campusRooms()) {
        auto* item = new QListWidgetItem(room, m_rooms);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void StocktakePage::setCounting(bool counting) {
    m_campus->setEnabled(!counting);
    m_rooms->setEnabled(!counting);
    m_start->setEnabled(!counting);
    m_countedRoom->setEnabled(counting);
    m_code->setEnabled(counting);
    m_save->setEnabled(counting);
}

bool StocktakePage::start() {
    if (m_campus->currentText().isEmpty())
        return false;
    if (m_counter->text().trimmed().isEmpty()) {
        m_message->setText(tr("Write who counts before starting."));
        m_counter->setFocus();
        return false;
    }
    auto reg = houqin::assets::loadRegister(m_db);
    if (!reg) {
        m_message->setText(reg.error().message);
        return false;
    }
    QStringList rooms;
    for (int i = 0; i < m_rooms->count(); ++i)
        if (m_rooms->item(i)->checkState() == Qt::Checked)
            rooms << m_rooms->item(i)->text();
    m_count = std::make_unique<StocktakeCount>(*reg, m_campus->currentText(), rooms);
    m_countedRoom->clear();
    m_countedRoom->addItems(rooms.isEmpty() ? m_count->campusRooms() : rooms);
    if (rooms.isEmpty())
        m_countedRoom->addItem(QString()); // somewhere without a room name
    m_scans->setRowCount(0);
    m_answer->clear();
    m_answer->setStyleSheet(QString());
    m_message->clear();
    setCounting(true);
    updateTally();
    m_code->setFocus();
    return true;
}

void StocktakePage::scanTyped() {
    if (!m_count)
        return;
    const ScanAnswer a = m_count->scan(m_code->text(), m_countedRoom->currentText(), m_db.now());
    m_code->clear();
    if (a.kind == ScanAnswer::Kind::Empty)
        return;
    answer(a);
    updateTally();
}

void StocktakePage::answer(const ScanAnswer& a) {
    using K = ScanAnswer::Kind;
    const QString name = a.entry ? a.entry->name : QString();
    QString text, colour;
    int beeps = 1;
    switch (a.kind) {
    case K::Found:
        //: zh_CN "✓ %1 %2：在册，相符"
        text = tr("✓ %1 %2: registered here").arg(a.code, name);
        colour = QStringLiteral("#d4efdf");
        break;
    case K::AlreadyCounted:
        //: zh_CN "已清点过：%1 %2"
        text = tr("Already counted: %1 %2").arg(a.code, name);
        colour = QStringLiteral("#e5e7e9");
        beeps = 2;
        break;
    case K::Moved:
        //: zh_CN "⚠ %1 %2：登记在 %3（盘盈·位置不符）"
        text = tr("⚠ %1 %2: registered at %3 (extra: moved)")
                   .arg(a.code, name, place(a.entry->campus, a.entry->location));
        colour = QStringLiteral("#fdebd0");
        beeps = 3;
        break;
    case K::WrittenOff:
        //: zh_CN "✗ %1 %2：台账中已报废（盘盈·账外）"
        text = tr("✗ %1 %2: written off in the register (extra: off the books)").arg(a.code, name);
        colour = QStringLiteral("#f5b7b1");
        beeps = 4;
        break;
    case K::Unknown:
        //: zh_CN "✗ %1：台账中没有此编号（盘盈·账外）"
        text = tr("✗ %1: not in the register (extra: unknown)").arg(a.code);
        colour = QStringLiteral("#f5b7b1");
        beeps = 4;
        break;
    case K::Empty:
        return;
    }
    m_answer->setText(text);
    m_answer->setStyleSheet(QStringLiteral("background: %1; border-radius: 4px;").arg(colour));
    m_answer->setProperty("answer", int(a.kind));
    if (a.kind != K::AlreadyCounted) {
        const int row = m_scans->rowCount();
        m_scans->insertRow(row);
        m_scans->setItem(row, 0, cell(m_db.now().time().toString(QStringLiteral("HH:mm:ss"))));
        m_scans->setItem(row, 1, cell(a.code));
        m_scans->setItem(row, 2, cell(name));
        m_scans->setItem(row, 3, cell(text));
        m_scans->scrollToBottom();
    }
    beep(beeps);
}

void StocktakePage::beep(int times) {
    m_lastBeeps = times;
    QApplication::beep();
    for (int i = 1; i < times; ++i)
        QTimer::singleShot(180 * i, this, [] { QApplication::beep(); });
}

void StocktakePage::updateTally() {
    if (!m_count) {
        m_tally->clear();
        return;
    }
    //: zh_CN "已清点 %1 件：相符 %2 · 盘亏 %3 · 盘盈 %4"
    m_tally->setText(tr("Counted %1: found %2 · missing %3 · extra %4")
                         .arg(m_count->countedCount())
                         .arg(m_count->foundCount())
                         .arg(m_count->missingCount())
                         .arg(m_count->extraCount()));
}

qint64 StocktakePage::save() {
    if (!m_count)
        return 0;
    Record header = newRecord(houqin::assets::stocktakesKind(), nullptr, m_db.ruleContext());
    header.set(s::kCounter, m_counter->text().trimmed());
    auto id = houqin::assets::saveStocktake(m_db, header, *m_count, Actor::systemUser());
    if (!id) {
        QStringList lines{id.error().message};
        for (const Issue& i : id.error().issues)
            lines << i.message;
        m_message->setText(lines.join(QLatin1Char('\n'))); // the count stays, nothing lost
        return 0;
    }
    m_count.reset();
    setCounting(false);
    //: zh_CN "清点已保存。"
    m_message->setText(tr("The stocktake is saved."));
    Q_EMIT recordsChanged(houqin::assets::stocktakesKind().key);
    loadStocktakes();
    showStocktake(*id);
    m_tabs->setCurrentIndex(1);
    return *id;
}

void StocktakePage::loadStocktakes() {
    const QSignalBlocker block(m_stocktakes);
    m_stocktakes->clear();
    ListQuery q;
    q.limit = 50;
    auto list = RecordRepository(m_db, houqin::assets::stocktakesKind()).list(q);
    if (!list)
        return;
    for (const Record& r : *list) {
        const QString rooms = r.value(s::kRooms).toString();
        m_stocktakes->addItem(
            QStringLiteral("%1 %2 %3 · %4")
                .arg(r.value(s::kDate).toDate().toString(Qt::ISODate), r.value(s::kCampus).toString(),
                     rooms.isEmpty() ? tr("whole campus") : rooms, r.value(s::kCounter).toString()),
            r.id);
    }
    const int i = m_stocktakes->findData(m_shownId);
    m_stocktakes->setCurrentIndex(i);
    if (i < 0 && m_stocktakes->count() > 0 && m_shownId == 0)
        showStocktake(m_stocktakes->itemData(0).toLongLong());
}

void StocktakePage::showStocktake(qint64 id) {
    m_shownId = id;
    m_result->setRowCount(0);
    m_resultLines.clear();
    auto rec = RecordRepository(m_db, houqin::assets::stocktakesKind()).get(id);
    if (!rec) {
        m_resultSummary->setText(rec.error().message);
        return;
    }
    const int i = m_stocktakes->findData(id);
    if (i >= 0)
        m_stocktakes->setCurrentIndex(i);
    // The register names what was missed or found elsewhere; a code it does not know has no name.
    const auto names = houqin::assets::registerNames(m_db);
    if (!names) {
        m_resultSummary->setText(names.error().message);
        return;
    }
    const RecordKind& lines = *houqin::assets::stocktakesKind().lines;
    const QVariantMap derived = deriveValues(houqin::assets::stocktakesKind(), *rec, m_db.ruleContext());
    //: zh_CN "相符 %1 · 盘亏 %2 · 盘盈 %3"
    m_resultSummary->setText(tr("Found %1 · missing %2 · extra %3")
                                 .arg(derived.value(s::kFoundCount).toLongLong())
                                 .arg(derived.value(s::kMissingCount).toLongLong())
                                 .arg(derived.value(s::kExtraCount).toLongLong()));
    for (int n = 0; n < rec->lines.size(); ++n) {
        const Record& l = rec->lines.at(n);
        const QString result = l.value(s::kResult).toString();
        if (result == s::kFound)
            continue;
        const int row = m_result->rowCount();
        m_result->insertRow(row);
        QString resultText = choiceText(lines, s::kResult, result);
        if (!l.isEmpty(s::kExtraKind))
            resultText +=
                QStringLiteral("（%1）").arg(choiceText(lines, s::kExtraKind, l.value(s::kExtraKind)));
        QString correction;
        if (!l.isEmpty(s::kCorrectedOn))
            //: zh_CN "已于 %1 更正台账"
            correction =
                tr("Register corrected on %1").arg(l.value(s::kCorrectedOn).toDate().toString(Qt::ISODate));
        else if (houqin::assets::offersCorrection(l))
            correction = result == s::kMissing ? tr("Set aside as idle") : tr("Move to where it was counted");
        const QString code = l.value(s::kCode).toString();
        m_result->setItem(row, 0, cell(code));
        m_result->setItem(row, 1, cell(names->value(code)));
        m_result->setItem(row, 2, cell(resultText));
        m_result->setItem(row, 3,
                          cell(l.isEmpty(s::kRegisteredCampus)
                                   ? QString()
                                   : place(l.value(s::kRegisteredCampus).toString(),
                                           l.value(s::kRegisteredLocation).toString())));
        m_result->setItem(row, 4, cell(l.value(s::kCountedRoom).toString()));
        m_result->setItem(row, 5, cell(correction));
        m_result->setItem(row, 6, cell(l.value(s::kLineNote).toString()));
        m_resultLines << n;
    }
    m_result->resizeColumnsToContents();
}

int StocktakePage::correct(bool all) {
    if (m_shownId == 0)
        return 0;
    QList<int> lines;
    if (all) {
        lines = m_resultLines;
    } else {
        for (const QModelIndex& index : m_result->selectionModel()->selectedRows())
            lines << m_resultLines.value(index.row(), -1);
    }
    if (lines.isEmpty()) {
        m_message->setText(tr("Select the lines to correct first."));
        return 0;
    }
    auto changed = houqin::assets::correctRegister(m_db, m_shownId, lines, Actor::systemUser());
    if (!changed) {
        m_message->setText(changed.error().message);
        return 0;
    }
    //: zh_CN "已更正台账中的 %n 项资产。"
    m_message->setText(tr("%n asset(s) corrected in the register.", nullptr, *changed));
    if (*changed > 0) {
        Q_EMIT recordsChanged(houqin::assets::assetsKind().key);
        Q_EMIT recordsChanged(houqin::assets::stocktakesKind().key);
    }
    showStocktake(m_shownId);
    return *changed;
}

} // namespace houqin::gui::assets
