from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from ern_learning.languages import LANGUAGES

from .roles import STAFF_ROLES, Role


class Country(models.TextChoices):
    CAMBODIA = "KH", _("Cambodia")
    INDONESIA = "ID", _("Indonesia")
    LAO_PDR = "LA", _("Lao PDR")
    MALAYSIA = "MY", _("Malaysia")
    PHILIPPINES = "PH", _("Philippines")
    THAILAND = "TH", _("Thailand")
    VIET_NAM = "VN", _("Viet Nam")
    INTERPOL = "INTERPOL", _("INTERPOL")
    UNODC = "UNODC", _("UNODC")
    OTHER = "OTHER", _("Other")


# The member states whose focal points vet their own officers.
MEMBER_COUNTRIES = frozenset(
    {
        Country.CAMBODIA,
        Country.INDONESIA,
        Country.LAO_PDR,
        Country.MALAYSIA,
        Country.PHILIPPINES,
        Country.THAILAND,
        Country.VIET_NAM,
    }
)


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Pending approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ERNUserManager(UserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("membership_status", MembershipStatus.APPROVED)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account: an officer, a focal point or a member of UNODC staff."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    # first_name and last_name (from AbstractUser) hold the name in Latin script.
    native_name = models.CharField(
        _("name in your own script"), max_length=150, blank=True, help_text=_("As written in your own script, if different.")
    )
    country = models.CharField(_("country or organisation"), max_length=10, choices=Country.choices, default=Country.OTHER)
    agency = models.CharField(_("agency"), max_length=200, blank=True)
    unit = models.CharField(_("unit"), max_length=200, blank=True)
    rank = models.CharField(_("rank or position"), max_length=120, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=8, choices=LANGUAGES, default="en")
    membership_status = models.CharField(
        _("membership"), max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.PENDING, db_index=True
    )
    vetted_by = models.ForeignKey(
        "self", verbose_name=_("vetted by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    vetted_at = models.DateTimeField(_("vetted at"), null=True, blank=True)
    vetting_note = models.CharField(_("vetting note"), max_length=500, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = ERNUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def latin_name(self) -> str:
        return self.get_full_name() or self.email

    @property
    def display_name(self) -> str:
        """The native-script name with the Latin one, as colleagues from other countries read it."""
        if self.native_name and self.native_name != self.latin_name:
            return f"{self.native_name} ({self.latin_name})"
        return self.latin_name

    @property
    def is_approved_member(self) -> bool:
        return self.is_active and self.membership_status == MembershipStatus.APPROVED

    def _load_groups(self) -> None:
        """The names of this person's groups, and whether any of them opens the Wagtail admin (one query)."""
        from django.contrib.auth.models import Group
        from django.db.models import Exists, OuterRef

        opens_admin = Group.permissions.through.objects.filter(
            group=OuterRef("pk"), permission__content_type__app_label="wagtailadmin", permission__codename="access_admin"
        )
        rows = list(self.groups.annotate(opens_admin=Exists(opens_admin)).values_list("name", "opens_admin"))
        self._role_names = frozenset(name for name, _opens in rows)
        self._in_admin_group = any(opens for _name, opens in rows)

    @property
    def role_names(self) -> frozenset[str]:
        if not hasattr(self, "_role_names"):
            self._load_groups()
        return self._role_names

    def has_role(self, *roles: str) -> bool:
        if self.is_superuser and Role.ADMINISTRATOR in roles:
            return True
        return bool(self.role_names.intersection(roles))

    @property
    def requires_mfa(self) -> bool:
        """Staff roles, and anyone a group lets into the Wagtail admin (Wagtail's own Editors and
        Moderators groups, or one an administrator made), must use a second factor."""
        return self.is_superuser or self.is_staff or bool(self.role_names & STAFF_ROLES) or self.in_admin_group

    @property
    def in_admin_group(self) -> bool:
        """Whether one of this person's groups opens the Wagtail admin."""
        if not hasattr(self, "_in_admin_group"):
            self._load_groups()
        return self._in_admin_group
