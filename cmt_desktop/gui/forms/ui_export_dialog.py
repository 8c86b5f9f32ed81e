# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.main_layout = QVBoxLayout(ExportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ExportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.period_label = QLabel(ExportDialog)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.all_period_radio = QRadioButton(ExportDialog)
        self.all_period_radio.setObjectName(u"all_period_radio")
        self.all_period_radio.setChecked(True)

        self.period_layout.addWidget(self.all_period_radio)

        self.range_period_radio = QRadioButton(ExportDialog)
        self.range_period_radio.setObjectName(u"range_period_radio")

        self.period_layout.addWidget(self.range_period_radio)

        self.from_date_edit = QDateEdit(ExportDialog)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.from_date_edit)

        self.to_label = QLabel(ExportDialog)
        self.to_label.setObjectName(u"to_label")

        self.period_layout.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(ExportDialog)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.to_date_edit)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.period_layout)

        self.network_label = QLabel(ExportDialog)
        self.network_label.setObjectName(u"network_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.network_label)

        self.network_combo = QComboBox(ExportDialog)
        self.network_combo.setObjectName(u"network_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.network_combo)

        self.alarm_label = QLabel(ExportDialog)
        self.alarm_label.setObjectName(u"alarm_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alarm_label)

        self.alarm_spin = QSpinBox(ExportDialog)
        self.alarm_spin.setObjectName(u"alarm_spin")
        self.alarm_spin.setMaximum(10080)
        self.alarm_spin.setSingleStep(15)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.alarm_spin)

        self.moderation_check = QCheckBox(ExportDialog)
        self.moderation_check.setObjectName(u"moderation_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moderation_check)

        self.file_label = QLabel(ExportDialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(ExportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(ExportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.all_period_radio)
        self.to_label.setBuddy(self.to_date_edit)
        self.network_label.setBuddy(self.network_combo)
        self.alarm_label.setBuddy(self.alarm_spin)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.all_period_radio, self.range_period_radio)
        QWidget.setTabOrder(self.range_period_radio, self.from_date_edit)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.network_combo)
        QWidget.setTabOrder(self.network_combo, self.alarm_spin)
        QWidget.setTabOrder(self.alarm_spin, self.moderation_check)
        QWidget.setTabOrder(self.moderation_check, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.browse_button)

        self.retranslateUi(ExportDialog)
        self.button_box.accepted.connect(ExportDialog.accept)
        self.button_box.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export to a calendar (.ics)", None))
#if QT_CONFIG(accessibility)
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export to a calendar", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("ExportDialog", u"Your planned posts become events in Outlook or Google Calendar, with a reminder before each one.", None))
        self.period_label.setText(QCoreApplication.translate("ExportDialog", u"&Period:", None))
        self.all_period_radio.setText(QCoreApplication.translate("ExportDialog", u"&Whole plan", None))
#if QT_CONFIG(accessibility)
        self.all_period_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export the whole plan", None))
#endif // QT_CONFIG(accessibility)
        self.range_period_radio.setText(QCoreApplication.translate("ExportDialog", u"Fro&m", None))
#if QT_CONFIG(accessibility)
        self.range_period_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export only a date range", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.from_date_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("ExportDialog", u"&to", None))
#if QT_CONFIG(accessibility)
        self.to_date_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.network_label.setText(QCoreApplication.translate("ExportDialog", u"&Network:", None))
#if QT_CONFIG(accessibility)
        self.network_combo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Network to export", None))
#endif // QT_CONFIG(accessibility)
        self.alarm_label.setText(QCoreApplication.translate("ExportDialog", u"&Reminder:", None))
#if QT_CONFIG(accessibility)
        self.alarm_spin.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Minutes of reminder before each post", None))
#endif // QT_CONFIG(accessibility)
        self.alarm_spin.setSpecialValueText(QCoreApplication.translate("ExportDialog", u"No reminder", None))
        self.alarm_spin.setSuffix(QCoreApplication.translate("ExportDialog", u" min before", None))
        self.moderation_check.setText(QCoreApplication.translate("ExportDialog", u"&Add the moderation slots as recurring events", None))
#if QT_CONFIG(accessibility)
        self.moderation_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Add the moderation slots as recurring events", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.moderation_check.setToolTip(QCoreApplication.translate("ExportDialog", u"Each time set in the strategy to answer the community becomes a weekly event, with the same reminder.", None))
#endif // QT_CONFIG(tooltip)
        self.file_label.setText(QCoreApplication.translate("ExportDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File to write", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

