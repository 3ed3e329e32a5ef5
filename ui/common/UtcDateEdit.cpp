#include "ui/common/UtcDateEdit.h"

#include "models/IsoDate.h"
#include "models/RuleTexts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QDate kUnsetDate(1900, 1, 1);
}

UtcDateEdit::UtcDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setMinimumDate(kUnsetDate);
    setDate(QDate::currentDate());
    setToolTip(RuleTexts::datePickerHint());
    connect(this, &QDateEdit::dateChanged, this, &UtcDateEdit::onDateChanged);
}

void UtcDateEdit::setOptional(bool optional)
{
    m_optional = optional;
    setSpecialValueText(optional ? QCoreApplication::translate("UtcDateEdit", "Not set") : QString());
    if (optional && m_value.isEmpty()) {
        m_updating = true;
        setDate(kUnsetDate);
        m_updating = false;
    }
}

QString UtcDateEdit::utcValue() const
{
    return m_value;
}

void UtcDateEdit::setUtcValue(const QString& value)
{
    if (value == m_value)
        return;
    m_value = value;
    m_updating = true;
    const QDate day = IsoDate::localDay(value);
    setDate(day.isValid() ? day : (m_optional ? kUnsetDate : QDate::currentDate()));
    m_updating = false;
    Q_EMIT utcValueChanged(m_value);
}

void UtcDateEdit::clear()
{
    setUtcValue(QString());
}

void UtcDateEdit::onDateChanged(QDate date)
{
    if (m_updating)
        return;
    QString value;
    if (!(m_optional && date == kUnsetDate))
        value =
            m_anchor == Anchor::StartOfDay ? IsoDate::startOfLocalDay(date) : IsoDate::endOfLocalDay(date);
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT utcValueChanged(m_value);
}
