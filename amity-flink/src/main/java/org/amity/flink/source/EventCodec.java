package org.amity.flink.source;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
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

/**
 * Writes an {@link Event} field by field for Flink's network and state. The core's records hold
 * immutable lists, which Kryo's generic path cannot rebuild, and a field list is also smaller and
 * faster than reflection.
 */
final class EventCodec {
  private EventCodec() {}

  static void write(Output out, Event e) {
    out.writeString(e.dataset());
    out.writeString(e.nativeId());
    out.writeLong(e.eventDate().toEpochDay());
    LocalDateTime added = e.dateAdded();
    out.writeBoolean(added != null);
    if (added != null) {
      out.writeLong(added.toLocalDate().toEpochDay());
      out.writeLong(added.toLocalTime().toNanoOfDay());
    }
    writeActor(out, e.source());
    writeActor(out, e.target());
    out.writeString(e.code().code());
    out.writeBoolean(e.rootEvent());
    out.writeByte(e.quadClass().number());
    out.writeDouble(e.goldstein());
    out.writeInt(e.mentions());
    out.writeInt(e.sources());
    out.writeInt(e.articles());
    out.writeDouble(e.avgTone());
    Location l = e.action();
    out.writeString(l.country());
    out.writeString(l.adm1());
    out.writeDouble(l.latitude());
    out.writeDouble(l.longitude());
    out.writeByte(l.precision().ordinal());
    out.writeString(l.name());
    out.writeString(l.seaArea());
    out.writeString(e.sourceUrl());
    out.writeString(e.subtype());
    out.writeString(e.narrative());
    Fatalities f = e.fatalities();
    out.writeBoolean(f != null);
    if (f != null) {
      out.writeInt(f.best());
      out.writeInt(f.low());
      out.writeInt(f.high());
    }
  }

  static Event read(Input in) {
    String dataset = in.readString();
    String nativeId = in.readString();
    LocalDate date = LocalDate.ofEpochDay(in.readLong());
    LocalDateTime added = null;
    if (in.readBoolean()) {
      LocalDate d = LocalDate.ofEpochDay(in.readLong());
      added = d.atTime(java.time.LocalTime.ofNanoOfDay(in.readLong()));
    }
    Actor source = readActor(in);
    Actor target = readActor(in);
    CameoCode code = CameoCode.of(in.readString());
    boolean root = in.readBoolean();
    QuadClass quad = QuadClass.ofNumber(in.readByte());
    double goldstein = in.readDouble();
    int mentions = in.readInt();
    int sources = in.readInt();
    int articles = in.readInt();
    double tone = in.readDouble();
    Location action =
        new Location(
            in.readString(),
            in.readString(),
            in.readDouble(),
            in.readDouble(),
            GeoPrecision.values()[in.readByte()],
            in.readString(),
            in.readString());
    String url = in.readString();
    String subtype = in.readString();
    String narrative = in.readString();
    Fatalities fatalities =
        in.readBoolean() ? new Fatalities(in.readInt(), in.readInt(), in.readInt()) : null;
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

  private static void writeActor(Output out, Actor a) {
    boolean none = a == Actor.NONE;
    out.writeBoolean(none);
    if (none) {
      return;
    }
    out.writeString(a.code());
    out.writeString(a.name());
    out.writeString(a.country());
    out.writeString(a.knownGroup());
    out.writeString(a.ethnic());
    out.writeString(a.religion());
    out.writeVarInt(a.types().size(), true);
    for (String t : a.types()) {
      out.writeString(t);
    }
  }

  private static Actor readActor(Input in) {
    if (in.readBoolean()) {
      return Actor.NONE;
    }
    String code = in.readString();
    String name = in.readString();
    String country = in.readString();
    String group = in.readString();
    String ethnic = in.readString();
    String religion = in.readString();
    int n = in.readVarInt(true);
    List<String> types = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      types.add(in.readString());
    }
    return new Actor(code, name, country, group, ethnic, religion, types);
  }
}
