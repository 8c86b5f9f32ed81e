# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'date_correction.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DateCorrectionDialog(object):
    def setupUi(self, DateCorrectionDialog):
        if not DateCorrectionDialog.objectName():
            DateCorrectionDialog.setObjectName(u"DateCorrectionDialog")
        self.main_layout = QVBoxLayout(DateCorrectionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DateCorrectionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.start_label = QLabel(DateCorrectionDialog)
        self.start_label.setObjectName(u"start_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_date_edit = QDateEdit(DateCorrectionDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start_date_edit)

        self.end_label = QLabel(DateCorrectionDialog)
        self.end_label.setObjectName(u"end_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_date_edit = QDateEdit(DateCorrectionDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")
        self.end_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end_date_edit)


        self.main_layout.addLayout(self.form_layout)

        self.problem_label = QLabel(DateCorrectionDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.main_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(DateCorrectionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.RestoreDefaults|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.start_label.setBuddy(self.start_date_edit)
        self.end_label.setBuddy(self.end_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_edit)

        self.retranslateUi(DateCorrectionDialog)
        self.button_box.rejected.connect(DateCorrectionDialog.reject)

        QMetaObject.connectSlotsByName(DateCorrectionDialog)
    # setupUi

    def retranslateUi(self, DateCorrectionDialog):
        DateCorrectionDialog.setWindowTitle(QCoreApplication.translate("DateCorrectionDialog", u"Dates of a cultural event", None))
#if QT_CONFIG(accessibility)
        DateCorrectionDialog.setAccessibleName(QCoreApplication.translate("DateCorrectionDialog", u"Dates of a cultural event", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("DateCorrectionDialog", u"&First day:", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("DateCorrectionDialog", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.end_label.setText(QCoreApplication.translate("DateCorrectionDialog", u"&Last day:", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("DateCorrectionDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problem_label.setAccessibleName(QCoreApplication.translate("DateCorrectionDialog", u"Problem with the dates", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

