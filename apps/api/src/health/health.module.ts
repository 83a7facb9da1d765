import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TemporalClientModule } from '#temporal';
import { HealthController } from './health.controller.js';

@Module({
  imports: [TerminusModule, TemporalClientModule],
  controllers: [HealthController],
})
export class HealthModule {}
