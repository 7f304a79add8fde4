package org.amity.flink.source;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.apache.flink.types.StringValue;

/**
 * Writes an {@link Event} field by field for Flink's network and state. The core's records hold
 * immutable lists, which Kryo's generic path cannot rebuild, and a field list is also smaller and
 * faster than reflection. Strings (null allowed) go as Flink writes its own ({@link StringValue}).
 */
final class EventCodec {
  private EventCodec() {}

  static void write(DataOutput out, Event e) throws IOException {
    writeString(out, e.dataset());
    writeString(out, e.nativeId());
    out.writeLong(e.eventDate().toEpochDay());
    LocalDateTime added = e.dateAdded();
    out.writeBoolean(added != null);
    if (added != null) {
      out.writeLong(added.toLocalDate().toEpochDay());
      out.writeLong(added.toLocalTime().toNanoOfDay());
    }
    writeActor(out, e.source());
    writeActor(out, e.target());
    writeString(out, e.code().code());
    out.writeBoolean(e.rootEvent());
    out.writeByte(e.quadClass().number());
    out.writeDouble(e.goldstein());
    out.writeInt(e.mentions());
    out.writeInt(e.sources());
    out.writeInt(e.articles());
    out.writeDouble(e.avgTone());
    Location l = e.action();
    writeString(out, l.country());
    writeString(out, l.adm1());
    out.writeDouble(l.latitude());
    out.writeDouble(l.longitude());
    out.writeByte(l.precision().ordinal());
    writeString(out, l.name());
    writeString(out, l.seaArea());
    writeString(out, e.sourceUrl());
    writeString(out, e.subtype());
    writeString(out, e.narrative());
    Fatalities f = e.fatalities();
    out.writeBoolean(f != null);
    if (f != null) {
      out.writeInt(f.best());
      out.writeInt(f.low());
      out.writeInt(f.high());
      // the last day of the dead's range, or Long.MIN_VALUE when they are of the event's day alone
      out.writeLong(f.lastDay() == null ? Long.MIN_VALUE : f.lastDay().toEpochDay());
    }
  }

  static Event read(DataInput in) throws IOException {
    String dataset = readString(in);
    String nativeId = readString(in);
    LocalDate date = LocalDate.ofEpochDay(in.readLong());
    LocalDateTime added = null;
    if (in.readBoolean()) {
      LocalDate d = LocalDate.ofEpochDay(in.readLong());
      added = d.atTime(java.time.LocalTime.ofNanoOfDay(in.readLong()));
    }
    Actor source = readActor(in);
    Actor target = readActor(in);
    CameoCode code = CameoCode.of(readString(in));
    boolean root = in.readBoolean();
    QuadClass quad = QuadClass.ofNumber(in.readByte());
    double goldstein = in.readDouble();
    int mentions = in.readInt();
    int sources = in.readInt();
    int articles = in.readInt();
    double tone = in.readDouble();
    Location action =
        new Location(
            readString(in),
            readString(in),
            in.readDouble(),
            in.readDouble(),
            GeoPrecision.values()[in.readByte()],
            readString(in),
            readString(in));
    String url = readString(in);
    String subtype = readString(in);
    String narrative = readString(in);
    Fatalities fatalities = null;
    if (in.readBoolean()) {
      int best = in.readInt();
      int low = in.readInt();
      int high = in.readInt();
      long last = in.readLong();
      fatalities =
          new Fatalities(
              best, low, high, last == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(last));
    }
    return new Event(
        dataset,
        nativeId,
        date,
        added,
        source,
        target,
        code,
        root,
        quad,
        goldstein,
        mentions,
        sources,
        articles,
        tone,
        action,
        url,
        subtype,
        narrative,
        fatalities);
  }

  private static void writeActor(DataOutput out, Actor a) throws IOException {
    boolean none = a == Actor.NONE;
    out.writeBoolean(none);
    if (none) {
      return;
    }
    writeString(out, a.code());
    writeString(out, a.name());
    writeString(out, a.country());
    writeString(out, a.knownGroup());
    writeString(out, a.ethnic());
    writeString(out, a.religion());
    out.writeShort(a.types().size());
    for (String t : a.types()) {
      writeString(out, t);
    }
  }

  private static Actor readActor(DataInput in) throws IOException {
    if (in.readBoolean()) {
      return Actor.NONE;
    }
    String code = readString(in);
    String name = readString(in);
    String country = readString(in);
    String group = readString(in);
    String ethnic = readString(in);
    String religion = readString(in);
    int n = in.readUnsignedShort();
    List<String> types = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      types.add(readString(in));
    }
    return new Actor(code, name, country, group, ethnic, religion, types);
  }

  static void writeString(DataOutput out, String s) throws IOException {
    StringValue.writeString(s, out);
  }

  static String readString(DataInput in) throws IOException {
    return StringValue.readString(in);
  }
}
